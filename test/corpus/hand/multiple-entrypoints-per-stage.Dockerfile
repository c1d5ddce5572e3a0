FROM alpine:3.20 AS one
ENTRYPOINT ["/bin/sh"]
ENTRYPOINT ["/bin/ash"]
CMD ["-c", "echo one"]

FROM alpine:3.20 AS two
ENTRYPOINT /bin/sh -c "echo two"
ENTRYPOINT ["/bin/sh", "-c", "echo two again"]
ENTRYPOINT ["/bin/sh", "-c", "echo two third"]

FROM two
ENTRYPOINT ["/bin/true"]
MAINTAINER ops@example.com
