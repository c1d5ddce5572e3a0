FROM golang:1.22 AS build-env
WORKDIR /go/src/app
COPY . .
RUN go build -o /go/bin/app

FROM debian:12-slim
COPY --from=builder /go/bin/app /usr/local/bin/app
COPY --from=build-env /go/bin/app /usr/local/bin/app2
COPY --from=runtime /etc/passwd /etc/passwd
CMD ["app"]

FROM debian:12-slim AS runtime
COPY --from=build-env /go/bin/app /app
