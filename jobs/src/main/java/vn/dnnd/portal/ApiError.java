package vn.dnnd.portal;

/** The body of every API error: the status again, and what went wrong in both languages. */
record ApiError(int status, String messageVi, String messageEn) {
}
