FROM php:8.3-apache
RUN apt-get update && apt-get install -y libpng-dev libzip-dev \
    && docker-php-ext-install gd zip \
    && a2enmod rewrite
RUN curl -sS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin --filename=composer
COPY . /var/www/html/
RUN chown -R www-data:www-data /var/www/html
EXPOSE 80
