FROM alpine:3.20.1
RUN apk add --no-cache ca-certificates=20240705-r0 tzdata~=2024a python3>3.12 py3-pip<25
RUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0 musl-dev=1.2.5-r0 \
    && apk del .build-deps
RUN apk add --no-cache /tmp/packages/custom-1.0.0-r0.apk
RUN addgroup -S app && adduser -S -G app -u 1000 app
USER 1000
ENTRYPOINT ["python3"]
