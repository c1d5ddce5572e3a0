FROM node:20-alpine
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm install express body-parser
RUN npm install -g pm2 typescript
RUN npm i lodash
COPY . .
EXPOSE 3000
CMD npm start
