ARG BASE_IMAGE=python
ARG BASE_TAG=3.12-slim
ARG RUNTIME_IMAGE

FROM ${BASE_IMAGE}:${BASE_TAG} AS build
ARG BASE_TAG
RUN echo "building on ${BASE_TAG}"

FROM $BASE_IMAGE AS plain
FROM ${RUNTIME_IMAGE} AS runtime
FROM ${BASE_IMAGE}@sha256:1f1ee8b7d4f1c6b0a3b1e6f0b2a1c6e3f4d5a6b7c8d9e0f1a2b3c4d5e6f7a8b9 AS pinned
COPY --from=build /etc/os-release /tmp/
