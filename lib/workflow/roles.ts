/** The three kinds of account: the unit's clerk (填报人), the supervising office (审核人), the administrator. */
export type Role = "clerk" | "supervisor" | "admin";
