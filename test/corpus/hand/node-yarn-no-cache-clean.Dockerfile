FROM node:18-bullseye AS build
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
COPY . .
RUN yarn build

FROM node:18-bullseye AS tools
RUN yarn cache clean && yarn install --production

FROM node:18-bullseye AS runtime
WORKDIR /app
RUN yarn global add serve@14.2.3
COPY --from=build /app/dist ./dist
RUN yarn install --production && yarn cache clean
CMD ["serve", "-s", "dist"]
