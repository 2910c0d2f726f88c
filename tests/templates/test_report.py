"""The ending the template test scripts share: list what failed, count, give the exit status."""


def finish(failures, total, what):
    """Prints each failure and 'N of TOTAL WHAT'; returns the exit status (1 if any failed)."""
    for failure in failures:
        print('FAIL', failure)
    print(f'{total - len(failures)} of {total} {what}')
    return 1 if failures else 0
