FROM python:3.12-slim
WORKDIR /app
ONBUILD COPY requirements.txt .
ONBUILD RUN pip install -r requirements.txt
ONBUILD RUN apt-get update && apt-get install curl
ONBUILD RUN pip install flask
ONBUILD RUN npm install express && gem install rack
ONBUILD RUN sudo cd /tmp && wget https://example.com/x && curl -O https://example.com/y
ONBUILD RUN yum install httpd && zypper install nginx && dnf install gcc
ONBUILD RUN apk add bash && useradd -u 1234567 builder
ONBUILD RUN go install example.com/tool && yarn install
ONBUILD FROM alpine:3.20
ONBUILD ONBUILD RUN echo nested
ONBUILD MAINTAINER someone@example.com
ONBUILD HEALTHCHECK CMD curl -f http://localhost/
ONBUILD CMD python app.py
ONBUILD ENV SECRET_KEY=abc A=1 B=$A
ONBUILD USER root
ONBUILD WORKDIR relative
ONBUILD EXPOSE 99999
CMD ["python3", "app.py"]
