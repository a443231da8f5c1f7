// A real OpenID Provider (panva's oidc-provider) for Wharf's sign-in tests. Loopback only.
//
// Listens on 127.0.0.1:<OP_PORT or a free port>, writes its issuer URL to $OP_READY_FILE
// (atomic rename) and prints "OP_READY <issuer>". Stops on SIGTERM/SIGINT.
//
// Clients: "desktop-app" (public native client: loopback redirect on any port, PKCE S256,
// device flow, refresh rotation; the client id IVCAP's emulator names in authinfo.yaml) plus
// any given as a JSON array of client metadata in $OIDC_EXTRA_CLIENTS.
// Access tokens for the audience/resource $OP_IVCAP_AUDIENCE (default https://api.ivcap.test)
// are JWTs carrying an `acc` claim, as IVCAP's IdP issues them. Like Auth0, the token endpoint
// answers `authorization_pending` with HTTP 403.
//
// Test-only introspection (not OIDC): GET /__test__/token-log lists every refresh token
// presented at /token (sha256, outcome), so a test can prove none was sent twice.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import Provider from 'oidc-provider';

const host = '127.0.0.1';
const wantPort = Number(process.env.OP_PORT || 0);
const ivcapAudience = process.env.OP_IVCAP_AUDIENCE || 'https://api.ivcap.test';
const ttl = (name, fallback) => Number(process.env[`OP_TTL_${name}`] || fallback);

const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const sigJwk = { ...privateKey.export({ format: 'jwk' }), kid: 'wharf-test-rs256', use: 'sig', alg: 'RS256' };

// The login form accepts any password; the name typed becomes the account id.
const accountUuid = (id) => {
  const h = crypto.createHash('sha256').update(`wharf-acc-${id}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};
const claimsOf = (id) => ({
  sub: id,
  acc: accountUuid(id),
  name: id === 'alice' ? 'Alice Tester' : id,
  email: `${id}@example.test`,
  email_verified: true,
});

let extraClients = [];
if (process.env.OIDC_EXTRA_CLIENTS) {
  extraClients = JSON.parse(process.env.OIDC_EXTRA_CLIENTS);
  if (!Array.isArray(extraClients)) throw new Error('OIDC_EXTRA_CLIENTS must be a JSON array');
}

const configuration = {
  clients: [
    {
      client_id: 'desktop-app',
      client_name: 'Wharf',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'],
      response_types: ['code'],
      redirect_uris: ['http://127.0.0.1/callback', 'http://[::1]/callback'],
    },
    ...extraClients,
  ],
  jwks: { keys: [sigJwk] },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  claims: {
    openid: ['sub', 'acc'],
    email: ['email', 'email_verified'],
    profile: ['name'],
  },
  scopes: ['openid', 'offline_access', 'email', 'profile'],
  // Auth0-style `audience` (what IVCAP's CLI sends) selects the resource server like `resource`.
  extraParams: ['audience'],
  features: {
    devInteractions: { enabled: true },
    deviceFlow: { enabled: true, charset: 'base-20', mask: '****-****' },
    revocation: { enabled: true },
    introspection: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: (ctx, client, oneOf) => oneOf || ctx.oidc.params?.audience || undefined,
      useGrantedResource: () => true,
      getResourceServerInfo: (ctx, resource) => {
        if (resource !== ivcapAudience) throw new Provider.errors.InvalidTarget();
        return {
          audience: ivcapAudience,
          scope: 'openid profile email offline_access',
          accessTokenFormat: 'jwt',
          accessTokenTTL: ttl('ACCESS', 300),
        };
      },
    },
  },
  formats: {
    customizers: {
      // IVCAP reads the account from the access token's `acc` claim (ivcap.md §2.3).
      jwt: (ctx, token, jwt) => {
        if (token.accountId) jwt.payload.acc = accountUuid(token.accountId);
      },
    },
  },
  rotateRefreshToken: true,
  // oidc-provider's default: PKCE is required from public clients (desktop-app), optional for
  // confidential web clients such as the emulators' SSO back ends.
  ttl: {
    AccessToken: ttl('ACCESS', 300),
    IdToken: 300,
    RefreshToken: 3600,
    Interaction: 600,
    Session: 3600,
    Grant: 3600,
    AuthorizationCode: 60,
    DeviceCode: ttl('DEVICE', 600),
  },
  async findAccount(ctx, id) {
    return { accountId: id, claims: async () => claimsOf(id) };
  },
};

const tokenLog = [];
const sha256 = (s) => crypto.createHash('sha256').update(s).digest('hex');

const server = http.createServer();
server.listen(wantPort, host, () => {
  const issuer = `http://${host}:${server.address().port}`;
  const provider = new Provider(issuer, configuration);
  provider.on('server_error', (ctx, err) => console.error('server_error', err));
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path !== '/token' || ctx.method !== 'POST') return;
    const params = ctx.oidc?.params ?? {};
    if (params.grant_type === 'refresh_token' && params.refresh_token) {
      tokenLog.push({ refresh_token_sha256: sha256(params.refresh_token), status: ctx.status,
        error: ctx.body?.error ?? null });
    }
    // Auth0 (IVCAP's default IdP) answers a pending device authorization with 403.
    if (ctx.status === 400 && ctx.body?.error === 'authorization_pending') ctx.status = 403;
  });
  const app = provider.callback();
  server.on('request', (req, res) => {
    if (req.url === '/__test__/token-log') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(tokenLog));
      return;
    }
    app(req, res);
  });
  if (process.env.OP_READY_FILE) {
    fs.writeFileSync(`${process.env.OP_READY_FILE}.tmp`, `${issuer}\n`);
    fs.renameSync(`${process.env.OP_READY_FILE}.tmp`, process.env.OP_READY_FILE);
  }
  console.log(`OP_READY ${issuer}`);
});
for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    server.close();
    server.closeAllConnections?.();
    process.exit(0);
  });
}
