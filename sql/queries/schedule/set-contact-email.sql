-- Sets (or, with null, clears) the contact address of organisation :code on its version in force on
-- :today. Parameters: :email (or null), :code, :today.
update organisation set contact_email = :email
 where code = :code and daterange(valid_from, valid_to, '[]') @> :today::date
