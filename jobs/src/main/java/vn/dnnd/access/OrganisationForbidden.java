package vn.dnnd.access;

import vn.dnnd.system.DnndException;

/** A user asked for an organisation it does not act for: 403 in the portal and the API. */
public class OrganisationForbidden extends DnndException {

    public OrganisationForbidden(String orgCode) {
        super("Tài khoản không được làm việc với đơn vị " + orgCode,
                "this account may not act for organisation " + orgCode);
    }
}
