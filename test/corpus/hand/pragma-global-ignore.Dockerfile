FROM node:20-alpine
# hadolint global ignore=DL3016,DL3018
RUN apk add --no-cache git && npm install -g nodemon
RUN npm install express
# hadolint global ignore=DL3059 # consecutive runs are fine here
RUN echo one
RUN echo two
WORKDIR app
CMD node index.js
