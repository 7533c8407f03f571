export { type HeadersInput, readHeader } from './headers.ts';
export { type Bytes, hmacSha256Hex } from './hmac.ts';
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
