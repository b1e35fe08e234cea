# Production image: build with the Maven wrapper, run the fat jar. processes/ and rules/ are mounted
# from the host (docker-compose.yml) so process owners edit them without rebuilding the image.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
# curl for the health check of docker-compose.yml
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/dealstage-*.jar app.jar
COPY processes processes
COPY rules rules
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app.jar"]
