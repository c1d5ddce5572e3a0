FROM node:20 AS frontend
WORKDIR /web
COPY . .
RUN npm ci && npm run build
COPY --from=frontend /web/dist /web/public

FROM nginx:1.27-alpine AS web
COPY --from=frontend /web/dist /usr/share/nginx/html
COPY --from=web /etc/nginx/nginx.conf /etc/nginx/nginx.conf.bak
EXPOSE 80
