FROM node:20.14.0-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
RUN npm install
RUN npm install -g npm@10.8.1 pnpm@9.4.0
RUN npm install --save-exact @types/node@20.14.2 @scope/pkg
RUN npm install git+https://github.com/example/onnx-helpers.git#v1.2.0
RUN npm install git+https://github.com/example/onnx-helpers.git
RUN npm install https://registry.example.com/tarballs/tokenizer-0.1.0.tgz ./local-plugin ../shared
RUN npm install --loglevel warn --registry https://registry.example.com left-pad@1.3.0
RUN npm run build && npm install prettier
RUN npm --prefix web install chart.js

FROM node:20.14.0-bookworm-slim
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
USER node
CMD ["node", "server.js"]
