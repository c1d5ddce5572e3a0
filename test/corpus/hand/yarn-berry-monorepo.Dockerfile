FROM node:20.14.0-alpine AS deps
WORKDIR /repo
COPY package.json yarn.lock ./
COPY packages/api/package.json packages/api/
RUN yarn install --frozen-lockfile

FROM deps AS build
COPY . .
RUN yarn workspace api build

FROM node:20.14.0-alpine
WORKDIR /srv
COPY --from=build /repo/packages/api/dist ./dist
RUN yarn install --production --ignore-scripts
CMD ["node", "dist/index.js"]
