FROM alpine:3.20 AS scratch
RUN echo "shadowing a reserved name"
FROM alpine:3.20 AS context
FROM alpine:3.20 AS Scratch
FROM alpine:3.20 AS scratchpad
FROM alpine:3.20 AS build-context
COPY --from=scratch /etc/hostname /tmp/
