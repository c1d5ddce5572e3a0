# syntax=docker/dockerfile:1
FROM node:22-slim AS build
WORKDIR /app
COPY package.json yarn.lock .yarnrc.yml ./
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --immutable
RUN --mount=type=cache,target=/root/.cache/yarn,sharing=locked \
    yarn install --immutable --mode=skip-build
COPY . .
RUN yarn run build

FROM build AS test
RUN yarn install && yarn test
