FROM openjdk:17-jdk-slim
ENV JAVA_OPTS -Xms256m -Xmx1g
ENV APP_NAME model-gateway
ENV LANG=C.UTF-8 LC_ALL=C.UTF-8
ENV TZ="Europe/Berlin"
ENV GREETING "hello world"
ENV EMPTY_VALUE=""
ENV MULTI_LINE=first \
    SECOND=second
WORKDIR /opt/${APP_NAME}
COPY build/libs/*.jar app.jar
ENTRYPOINT java $JAVA_OPTS -jar app.jar
