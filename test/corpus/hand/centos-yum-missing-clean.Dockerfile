FROM centos:7
RUN yum install -y epel-release
RUN yum install httpd mod_ssl && yum clean all
RUN yum -y update && yum -y install python3 gcc
RUN yum groupinstall "Development Tools"
RUN yum localinstall /tmp/custom.rpm
RUN yum clean all && yum install -y tar
EXPOSE 80 443
CMD ["/usr/sbin/httpd", "-DFOREGROUND"]
