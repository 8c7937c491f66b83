# Rounds in a container: Node 24 runs the TypeScript sources directly (type stripping).
# Build:  docker build -t rounds .
# Run:    docker run -p 3000:3000 -v rounds-data:/data -e ROUNDS_ORIGIN=https://rounds.example.ac.uk rounds
#         (add -e DATABASE_URL=postgres://… to use a PostgreSQL server instead of the embedded database)
FROM node:24-bookworm-slim

WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    ROUNDS_DATA_DIR=/data

# Dependencies first, for the layer cache. The image's own Node 24 runs Rounds,
# so the `node` devDependency (and the other dev tools) are left out.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY bin ./bin
COPY src ./src
COPY migrations ./migrations
COPY themes ./themes

RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"

CMD ["node", "bin/rounds.js", "serve"]
