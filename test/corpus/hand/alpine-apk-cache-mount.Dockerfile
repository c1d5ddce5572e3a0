# syntax=docker/dockerfile:1.7
FROM alpine:3.20
RUN --mount=type=cache,target=/var/cache/apk \
    apk add git=2.45.2-r0 openssh-client=9.7_p1-r4
RUN --mount=type=cache,id=apk,target=/etc/apk/cache \
    apk add make=4.4.1-r2
RUN --mount=type=tmpfs,target=/var/cache/apk apk add jq=1.7.1-r0
ENTRYPOINT ["git"]
