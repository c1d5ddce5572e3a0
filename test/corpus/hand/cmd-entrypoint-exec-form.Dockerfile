FROM eclipse-temurin:21.0.3_9-jre-alpine
WORKDIR /opt/service
COPY --chown=1000:1000 target/service.jar service.jar
USER 1000:1000
EXPOSE 8080 8081
HEALTHCHECK --interval=30s CMD ["wget", "-qO-", "http://localhost:8081/actuator/health"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "service.jar"]
CMD []
