FROM debian:12-slim AS rootfs
RUN mkdir -p /opt/model && echo "v1" > /opt/model/VERSION

FROM scratch AS flat
COPY --from=rootfs / /

FROM scratch AS partial
COPY --from=rootfs /opt /opt
COPY --from=rootfs "/" "/"
COPY --from=rootfs / /rootfs/
COPY / /
COPY --from=rootfs /etc/ /
