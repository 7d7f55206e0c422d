SYMMETRIC = {"allied_with", "hostile_to"}


def stated(claims: set, expected: tuple) -> bool:
    """Whether the claim was made, either way round for a symmetric relation."""
    subject, relation, obj = expected
    return expected in claims or (relation in SYMMETRIC and (obj, relation, subject) in claims)
