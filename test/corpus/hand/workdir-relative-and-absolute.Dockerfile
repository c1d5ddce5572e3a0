FROM node:20.14-alpine
ARG APP_DIR=/srv/app
WORKDIR app
WORKDIR src/server
WORKDIR /usr/src/app
WORKDIR "/quoted/path"
WORKDIR "relative/quoted"
WORKDIR $APP_DIR
WORKDIR ${APP_DIR}/sub
WORKDIR ~/projects
WORKDIR ./local
COPY . .
CMD ["node", "index.js"]
