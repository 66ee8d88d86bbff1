// A real OpenID Connect server (oidc-provider) shaped like Azure AD for the federation tests.
// It serves HTTPS on 127.0.0.1 with the certificate the test fixture generated, issues JWT access tokens with the
// client-credentials grant under Azure's routes, and prints one JSON line with its address when it is ready.
//
// Settings (environment variables):
//   OIDC_CERT_FILE, OIDC_KEY_FILE  PEM certificate and private key for HTTPS (required)
//   OIDC_PORT                      port on 127.0.0.1 (default 0: any free port)
//   OIDC_TENANT                    the tenant id in the routes and issuer (required)
//   OIDC_CLIENT_ID, OIDC_CLIENT_SECRET  the one client-credentials client (required)
//   OIDC_TOKEN_TTL                 access token lifetime in seconds (default 3600)
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import Provider, { errors } from 'oidc-provider';

const setting = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined || value === '') {
    console.error(`oidc-server: environment variable ${name} is required`);
    process.exit(2);
  }
  return value;
};

const tenant = setting('OIDC_TENANT');
const clientId = setting('OIDC_CLIENT_ID');
const clientSecret = setting('OIDC_CLIENT_SECRET');
const tokenTtl = Number.parseInt(setting('OIDC_TOKEN_TTL', '3600'), 10);
const port = Number.parseInt(setting('OIDC_PORT', '0'), 10);
const tls = { cert: readFileSync(setting('OIDC_CERT_FILE')), key: readFileSync(setting('OIDC_KEY_FILE')) };

const routes = {
  token: `/${tenant}/oauth2/v2.0/token`,
  jwks: `/${tenant}/discovery/v2.0/keys`,
  discovery: `/${tenant}/v2.0/.well-known/openid-configuration`,
};

// Azure accepts two forms of the .default scope; the token's audience follows the form, as in Azure AD.
const scopeForms = new Map([
  [`api://${clientId}/.default`, `api://${clientId}`],
  [`${clientId}/.default`, clientId],
]);

const stats = { tokenRequests: 0, discoveryRequests: 0, jwksRequests: 0 };

function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' };
}

function requestedAudience(ctx) {
  const scopes = String(ctx.oidc.params?.scope ?? '').split(' ').filter(Boolean);
  const known = scopes.filter((scope) => scopeForms.has(scope));
  if (known.length !== 1) {
    throw new errors.InvalidScope(`AADSTS70011: The provided value for the input parameter 'scope' is not valid.`);
  }
  return scopeForms.get(known[0]);
}

function configuration() {
  return {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [signingKey()] },
    routes: { token: routes.token, jwks: routes.jwks },
    scopes: [],
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => `api://${clientId}`,
        useGrantedResource: () => true,
        getResourceServerInfo: (ctx) => ({
          scope: [...scopeForms.keys()].join(' '),
          audience: requestedAudience(ctx),
          accessTokenTTL: tokenTtl,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
  };
}

// Azure AD describes errors with AADSTS codes; the product maps them to the setting a person must fix.
const azureDescriptions = {
  invalid_client: 'AADSTS7000215: Invalid client secret provided. Send the secret value, not its id.',
  unknown_client: `AADSTS700016: Application with identifier was not found in the directory '${tenant}'.`,
  invalid_scope: `AADSTS70011: The provided value for the input parameter 'scope' is not valid.`,
};

function azureError(ctx) {
  const body = ctx.body;
  if (ctx.status < 400 || !body || typeof body !== 'object') return;
  const unknownClient = body.error === 'invalid_client' && ctx.oidc?.params?.client_id !== clientId;
  const description = azureDescriptions[unknownClient ? 'unknown_client' : body.error];
  if (description) {
    ctx.body = { ...body, error: unknownClient ? 'unauthorized_client' : body.error, error_description: description };
  }
}

function unknownTenant(response, requestedTenant) {
  response.writeHead(400, { 'content-type': 'application/json' });
  response.end(
    JSON.stringify({
      error: 'invalid_request',
      error_description: `AADSTS90002: Tenant '${requestedTenant}' not found.`,
    }),
  );
}

function route(handler, request, response) {
  const path = new URL(request.url, 'https://127.0.0.1').pathname;
  if (path === '/_test/stats') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(stats));
    return;
  }

  const requestedTenant = path.split('/')[1];
  if (requestedTenant && requestedTenant !== tenant && requestedTenant !== '.well-known') {
    unknownTenant(response, requestedTenant);
    return;
  }

  if (path === routes.token) stats.tokenRequests += 1;
  if (path === routes.jwks) stats.jwksRequests += 1;
  if (path === routes.discovery) {
    stats.discoveryRequests += 1;
    request.url = '/.well-known/openid-configuration';
  }

  handler(request, response);
}

const server = createServer(tls);
server.listen(port, '127.0.0.1', () => {
  const { port: actualPort } = server.address();
  const origin = `https://127.0.0.1:${actualPort}`;
  const issuer = `${origin}/${tenant}/v2.0`;
  const provider = new Provider(issuer, configuration());
  provider.proxy = false;
  provider.use(async (ctx, next) => {
    await next();
    azureError(ctx);
  });
  const handler = provider.callback();
  server.on('request', (request, response) => route(handler, request, response));
  console.log(JSON.stringify({ ready: true, origin, issuer, authorityHost: `${origin}/`, tenant }));
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The fixture closes stdin when it stops; exit then too, so a crashed test run leaves no server behind.
process.stdin.on('end', stop);
process.stdin.resume();
