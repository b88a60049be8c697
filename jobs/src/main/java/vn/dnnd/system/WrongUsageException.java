package vn.dnnd.system;

/**
 * A request that names something that does not exist (a report kind, a language, a job): the user's
 * mistake, not a failure of the system. The command line answers it with exit code 2, as for an
 * unknown option.
 */
public class WrongUsageException extends DnndException {

    public WrongUsageException(String vietnamese, String english) {
        super(vietnamese, english);
    }
}
