export { type CheckSecretOptions, checkSecret } from './check-secret.ts';
export { type HeadersInput, readHeader } from './headers.ts';
export { type Bytes, hmacSha256Hex } from './hmac.ts';
export { readRequestBody } from './read-request.ts';
export { type SignInput, sign } from './sign.ts';
export { type SignedRequestParts, verify, verifyDelivery } from './verify.ts';
export { type VerifyOptions, verifyDefaults } from './verify-options.ts';
export { type VerifiedRequest, verifyRequest } from './verify-request.ts';
export { type VerifyFailureReason, type VerifyResult, verifyFailureReasons } from './verify-result.ts';
