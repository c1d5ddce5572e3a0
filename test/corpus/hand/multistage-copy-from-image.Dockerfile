FROM alpine:3.20 AS certs
RUN apk add --no-cache ca-certificates=20240705-r0

FROM scratch
COPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=busybox:1.36.1-musl /bin/busybox /bin/busybox
COPY --from=ghcr.io/example/model-weights:2024.06 /weights /weights
COPY --from=quay.io/prometheus/node-exporter:v1.8.1 /bin/node_exporter /bin/
COPY --from=docker.io/library/tini:0.19 /tini /tini
COPY --from=mcr.microsoft.com/onnxruntime/server:latest /onnxruntime_server /bin/
ENTRYPOINT ["/tini", "--"]
