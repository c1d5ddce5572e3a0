FROM quay.io/centos/centos:stream9
ARG NGINX_VERSION=1.20.1
ENV OPENSSL_VERSION=3.0.7
RUN yum install -y nginx-${NGINX_VERSION} openssl-${OPENSSL_VERSION} && yum clean all
RUN yum install -y git-2.43.0-1.el9 /tmp/local-1.0-1.x86_64.rpm \
    && rm -rf /var/cache/yum/*
RUN yum module install -y nodejs:20 && yum clean all
RUN yum module install -y postgresql && yum clean all
RUN yum install -y python3-3.9.18 tar-${TAR_VERSION} && yum clean all
RUN yum install -y --setopt=tsflags=nodocs which-2.21 && yum clean all
USER 1001
