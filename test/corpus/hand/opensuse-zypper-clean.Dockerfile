FROM registry.opensuse.org/opensuse/tumbleweed:latest
RUN zypper --non-interactive install nginx=1.25.5 && zypper clean -a
RUN zypper -n in "python3>=3.11" && zypper cc -a
RUN zypper install -y 'git<3' /tmp/rpms/tool-1.0-1.x86_64.rpm && zypper clean --all
RUN zypper --no-confirm install gzip
RUN --mount=type=cache,target=/var/cache/zypp zypper -n install tar=1.35
RUN zypper clean && zypper -n install unzip=6.00
USER nobody
