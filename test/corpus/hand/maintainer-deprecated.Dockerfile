FROM centos:7.9.2009
MAINTAINER Jane Doe <jane@example.com>
LABEL maintainer="jane@example.com"
RUN yum install -y httpd-2.4.6 && yum clean all
EXPOSE 80
CMD ["httpd", "-D", "FOREGROUND"]
