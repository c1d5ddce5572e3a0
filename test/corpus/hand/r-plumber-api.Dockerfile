FROM rocker/r-ver:4.4.1
RUN apt-get update -qq && apt-get install -y --no-install-recommends libcurl4-openssl-dev libssl-dev \
    && rm -rf /var/lib/apt/lists/*
RUN R -e "install.packages(c('plumber', 'jsonlite'), repos='https://cloud.r-project.org')"
COPY model.rds /srv/model.rds
COPY api.R /srv/api.R
EXPOSE 8000
ENTRYPOINT ["R", "-e", "pr <- plumber::plumb('/srv/api.R'); pr$run(host='0.0.0.0', port=8000)"]
