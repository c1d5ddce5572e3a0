FROM registry.fedoraproject.org/fedora:40
ARG PY_VER=3.12.3
RUN dnf install -y python3-${PY_VER} python3-pip-23.3.2 && dnf clean all
RUN dnf module install -y nodejs:20/common && dnf clean all
RUN dnf module install -y maven && dnf clean all
RUN dnf group install -y "C Development Tools and Libraries" && dnf clean all
RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y git-2.45.1
RUN --mount=type=cache,target=/root/.cache/libdnf5 dnf install -y jq-1.7.1
RUN dnf reinstall -y bash-5.2.26 && dnf clean all
WORKDIR /workspace
