FROM rockylinux:9.3
RUN dnf install python3.11 && dnf clean all
RUN dnf -y install gcc gcc-c++ make
RUN dnf groupinstall -y "Development Tools" && dnf clean all
RUN dnf upgrade -y
RUN dnf --assumeyes install procps-ng-3.3.17 && dnf clean all
RUN dnf install -y --setopt=install_weak_deps=False unzip && rm -rf /var/cache/libdnf5*
RUN dnf clean all && dnf install -y zip-3.0-35.el9
CMD ["/bin/bash"]
