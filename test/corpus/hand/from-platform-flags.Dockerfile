FROM --platform=linux/amd64 python:3.12-slim AS amd
FROM --platform=$BUILDPLATFORM golang:1.22 AS cross
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
FROM --platform=${BUILDPLATFORM} node:20 AS assets
FROM --platform=$TARGETPLATFORM alpine:3.20 AS redundant
FROM --platform=${TARGETPLATFORM} alpine:3.20 AS redundant2
FROM --platform=linux/arm64/v8 alpine:3.20 AS arm
FROM --platform=$BUILDOS/$BUILDARCH alpine:3.20 AS build-os
COPY --from=cross /out/app /app
