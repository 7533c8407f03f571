export { type HeadersInput, readHeader } from './headers.ts';
export {
  type Bytes,
  digestMatches,
  hexDigestEquals,
  hmacSha256,
  hmacSha256Hex,
  isHexDigest,
} from './hmac.ts';
export { type MessageProblem, type MessageSource, readJsonField, signedMessage } from './message.ts';
export { type SignInput, sign } from './sign.ts';
export {
  type SignedRequestParts,
  type VerifyFailureReason,
  type VerifyOptions,
  type VerifyResult,
  verify,
  verifyDefaults,
  verifyDelivery,
  verifyRequest,
} from './verify.ts';
