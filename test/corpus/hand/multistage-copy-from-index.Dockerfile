FROM maven:3.9.7-eclipse-temurin-21
WORKDIR /build
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src ./src
RUN mvn -B package -DskipTests

FROM eclipse-temurin:21-jre-jammy
COPY --from=0 /build/target/app.jar /opt/app.jar
COPY --from=1 /opt/java/openjdk /opt/jdk-copy
COPY --from=2 /opt/app.jar /opt/other.jar
COPY --from=5 /tmp/x /tmp/x
USER 1000
ENTRYPOINT ["java", "-jar", "/opt/app.jar"]
