FROM opensuse/leap:15.6
RUN zypper refresh && zypper install curl git
RUN zypper dist-upgrade -y
RUN zypper --non-interactive dup
RUN zypper rm vim
RUN zypper in -y python311 && zypper clean
RUN zypper patch
RUN zypper source-install -n nginx
CMD ["/bin/bash"]
