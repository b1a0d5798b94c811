/**
 * `@gics/core/community`: the community of practice between summits. The community document
 * (schema, zod-free reader), the practices library's search, filters, facets and sorts, the
 * member directory's, and who a directory may list. A summit is a valid source too:
 * `communityOf(summit)`.
 */
export { Community, COMMUNITY_COLLECTIONS } from './community.schema.js';
export type { CommunityCollection, CommunityInput } from './community.schema.js';
export {
  communityOf,
  looksLikeCommunity,
  parseCommunity,
  parseCommunityUnworded,
} from './community.js';
export type { ParseCommunityOptions, ParseCommunityResult } from './community.js';
export { isListedMember } from './listed.js';
export {
  filterPractices,
  practiceAuthors,
  practiceDate,
  practiceFacets,
  practiceIndexOf,
  practiceSearchSteps,
  practiceYear,
  preparePracticeSearch,
  PRACTICE_FILTERS,
  PRACTICE_SORTS,
  searchPractices,
  sortPractices,
} from './practices.js';
export type {
  FacetCount,
  PracticeFacets,
  PracticeFilter,
  PracticeFilterValues,
  PracticeIndex,
  PracticeQuery,
  PracticeSort,
  PracticeSource,
} from './practices.js';
export {
  filterMembers,
  groupMembersByCountry,
  MEMBER_FILTERS,
  memberFacets,
  memberIndexOf,
  prepareMemberSearch,
  searchMembers,
} from './members.js';
export type {
  MemberCountryGroup,
  MemberFacets,
  MemberFilter,
  MemberFilterValues,
  MemberIndex,
  MemberQuery,
  MemberSource,
} from './members.js';
export {
  checkPracticeSubmission,
  isConsentRecord,
  practiceFromSubmission,
  PRACTICE_SUBMISSION_ERROR_CODES,
  PRACTICE_SUBMISSION_FIELDS,
  PRACTICE_SUBMISSION_LIMITS,
  validatePracticeSubmission,
} from './submission.js';
export type {
  PracticeSubmission,
  PracticeSubmissionAuthor,
  PracticeSubmissionCheck,
  PracticeSubmissionError,
  PracticeSubmissionErrorCode,
  PracticeSubmissionField,
  PracticeSubmissionFields,
  PracticeSubmissionForm,
  PracticeSubmissionLink,
  PracticeSubmissionValidation,
  PublishOptions,
  ValidatePracticeSubmissionOptions,
} from './submission.js';
