FROM ruby:3.3.3-slim
WORKDIR /srv
RUN gem install bundler
RUN gem install rails:7.1.3 puma:6.4.2
RUN gem install -v 2.5.11 bundler
RUN gem install --version=0.9.1 rake
RUN gem install nokogiri --version 1.16.6
RUN gem i rubocop
RUN gem install --no-document foreman
RUN gem install --no-document -- mysql2 --with-mysql-config=/usr/bin/mysql_config
COPY Gemfile Gemfile.lock ./
RUN bundle install --jobs 4
CMD ["bundle", "exec", "puma"]
