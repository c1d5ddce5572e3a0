# syntax=docker/dockerfile:1
# A comment, then ARGs: this ordering is valid
ARG REGISTRY=docker.io
ARG VERSION=3.20
FROM ${REGISTRY}/library/alpine:${VERSION}
RUN apk add --no-cache curl=8.8.0-r0
USER 65534
CMD ["curl", "--version"]
