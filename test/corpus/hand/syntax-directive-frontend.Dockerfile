# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended
FROM golang:1.22-alpine AS build
WORKDIR /src
COPY --link go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY --link . .
RUN --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -o /bin/svc ./cmd/svc

FROM alpine:3.20
COPY --link --from=build --chmod=0755 /bin/svc /usr/local/bin/svc
USER 65532:65532
ENTRYPOINT ["svc"]
