import datetime as dt

import pytest
from sqlalchemy import select

from qms_desktop.domain.errors import AuthenticationFailed, PermissionDenied, ValidationError
from qms_desktop.services import records, users
from qms_desktop.services.context import AppContext
from qms_desktop.storage import orm


def test_first_user_then_login(db):
    assert not users.has_users(db)
    row, code = users.create_first_user(db, username="LanhDao", password="Lanh-dao-2026", full_name="Trần Văn Minh")
    assert (row.username, row.role) == ("lanhdao", "leader") and len(code) == 19
    with pytest.raises(ValidationError):
        users.create_first_user(db, username="other", password="Other-2026-x")
    actor = users.authenticate(db, "lanhdao", "Lanh-dao-2026")
    assert actor.role == "leader"
    with db.session() as s:
        stored = s.scalar(select(orm.User)).password_hash
    assert stored.startswith("scrypt$") and "Lanh-dao-2026" not in stored


def test_the_shipped_hash_cost_is_scrypt_n_16384():
    """The suite hashes at a lower cost (tests/conftest.py); the application itself does not."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", "from qms_desktop.services.users import hash_password as h; "
                          "print(h('Mat-khau-2026!'))"], capture_output=True, text=True, check=True).stdout
    scheme, n, r, p, _salt, _digest = out.strip().split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert users.verify_password("Mat-khau-2026!", out.strip()) and not users.verify_password("Mat-khau-2026", out.strip())
    assert users.hash_password("x").split("$")[1] == str(2**10)  # this process: the test cost


@pytest.mark.parametrize("name, password", [("", "long-enough"), ("two words", "long-enough"), ("ok", "short"),
                                            ("thuky", "abcdefgh"), ("thuky", "12345678"), ("thuky", "MatKhauManh")])
def test_bad_accounts_refused(db, name, password):
    with pytest.raises(ValidationError):
        users.create_first_user(db, username=name, password=password)
    assert not users.has_users(db)


def test_lockout_after_five_failures(db):
    users.create_first_user(db, username="thuky", password="Thu-ky-2026")
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(db, "thuky", "wrong")
    with pytest.raises(AuthenticationFailed) as err:
        users.authenticate(db, "thuky", "Thu-ky-2026")  # right password, but locked
    assert "locked" in str(err.value)
    with db.transaction() as s:  # fifteen minutes later
        u = s.scalar(select(orm.User))
        u.locked_until = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None) - dt.timedelta(seconds=1)
    assert users.authenticate(db, "thuky", "Thu-ky-2026").username == "thuky"
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, "nobody", "whatever")


def test_a_lock_set_while_the_clock_was_ahead_does_not_outlast_its_quarter_hour(db, monkeypatch):
    """QA 19 F4: five failures while the PC's clock said 2062 locked the account "for 18934575 minutes"
    once the clock was put right; only a leader or the recovery code could undo it."""
    users.create_first_user(db, username="thuky", password="Thu-ky-2026")
    real_now = users._now
    monkeypatch.setattr(users, "_now", lambda: real_now() + dt.timedelta(days=36 * 365))
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(db, "thuky", "wrong")
    with pytest.raises(AuthenticationFailed, match="try again in 15 minutes"):
        users.authenticate(db, "thuky", "Thu-ky-2026")
    monkeypatch.setattr(users, "_now", real_now)  # the clock put right
    assert users.verify_login(db, "thuky", "Thu-ky-2026").username == "thuky"
    assert users.authenticate(db, "thuky", "Thu-ky-2026").username == "thuky"
    for _ in range(users.MAX_FAILURES):  # an ordinary lock still holds, and says the time it has left
        with pytest.raises(AuthenticationFailed):
            users.authenticate(db, "thuky", "wrong")
    monkeypatch.setattr(users, "_now", lambda: real_now() + dt.timedelta(minutes=10))
    with pytest.raises(AuthenticationFailed, match="try again in [56] minutes"):
        users.verify_login(db, "thuky", "Thu-ky-2026")


def test_recovery_code_resets_password_once(db):
    _row, code = users.create_first_user(db, username="thuky", password="Thu-ky-2026")
    new_code = users.reset_with_recovery_code(db, username="thuky", recovery_code=code.lower(), new_password="Moi-2026-abc")
    assert new_code != code
    assert users.authenticate(db, "thuky", "Moi-2026-abc")
    with pytest.raises(AuthenticationFailed):
        users.reset_with_recovery_code(db, username="thuky", recovery_code=code, new_password="Lai-2026-abc")


def test_roles_enforced_in_services(db):
    users.create_first_user(db, username="lanhdao", password="Lanh-dao-2026")
    leader = AppContext(db, users.authenticate(db, "lanhdao", "Lanh-dao-2026"))
    users.create_user(leader, username="thuky", password="Thu-ky-2026", role="secretary")
    users.create_user(leader, username="xem", password="Xem-2026-ok", role="viewer")
    secretary = AppContext(db, users.authenticate(db, "thuky", "Thu-ky-2026"))
    viewer = AppContext(db, users.authenticate(db, "xem", "Xem-2026-ok"))
    with pytest.raises(ValidationError):
        users.create_user(secretary, username="boss", password="Boss-2026-x", role="leader")
    with pytest.raises(PermissionDenied):
        users.create_user(viewer, username="x2", password="X2-2026-abcd", role="viewer")
    with pytest.raises(PermissionDenied):
        records.create(viewer, "unit", {"name": "Địa chính"})
    records.create(secretary, "unit", {"name": "Địa chính"})
    assert [u.username for u in users.list_users(viewer)] == ["lanhdao", "thuky", "xem"]
    with pytest.raises(ValidationError):
        users.set_active(leader, users.list_users(leader)[0].id, False)  # not yourself
    users.set_active(leader, users.list_users(leader)[2].id, False)
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, "xem", "Xem-2026-ok")


def test_change_password(db):
    users.create_first_user(db, username="thuky", password="Thu-ky-2026")
    ctx = AppContext(db, users.authenticate(db, "thuky", "Thu-ky-2026"))
    with pytest.raises(AuthenticationFailed):
        users.change_password(ctx, old_password="nope", new_password="Moi-2026-abc")
    users.change_password(ctx, old_password="Thu-ky-2026", new_password="Moi-2026-abc")
    assert users.authenticate(db, "thuky", "Moi-2026-abc")


def test_a_password_of_only_letters_says_what_to_do(db):
    """QA 9 F12: the first-run wizard took "abcdefgh" for the leader, who approves and restores everything."""
    with pytest.raises(ValidationError) as refused:
        users.create_first_user(db, username="thuky", password="abcdefgh")
    assert refused.value.field == "password" and "mix letters with digits or signs" in refused.value.render()
    assert users.create_first_user(db, username="thuky", password="tanphu-2026")[0].username == "thuky"


def test_an_open_session_of_a_disabled_or_demoted_account_saves_nothing_more(db):
    """QA 42 F1: the leader disabled the clerk, or took a deputy's leader role away, while their windows were open:
    those windows went on saving with the rights of their login — the demoted deputy even made another leader."""
    users.create_first_user(db, username="lanhdao", password="Lanh-dao-2026")
    leader = AppContext(db, users.authenticate(db, "lanhdao", "Lanh-dao-2026"))
    users.create_user(leader, username="thuky", password="Thu-ky-2026", role="secretary")
    users.create_user(leader, username="phochutich", password="Pho-chu-tich-2026", role="leader")
    users.create_user(leader, username="xem", password="Xem-2026-ok", role="viewer")
    clerk = AppContext(db, users.authenticate(db, "thuky", "Thu-ky-2026"))
    deputy = AppContext(db, users.authenticate(db, "phochutich", "Pho-chu-tich-2026"))
    records.create(clerk, "unit", {"name": "Địa chính"})  # both at work
    by_name = {u.username: u.id for u in users.list_users(leader)}
    users.set_active(leader, by_name["thuky"], False)
    users.set_role(leader, by_name["phochutich"], "secretary")
    with pytest.raises(PermissionDenied) as disabled:
        records.create(clerk, "unit", {"name": "Văn hóa - Xã hội"})
    assert "was disabled after it logged in" in disabled.value.render()
    with pytest.raises(PermissionDenied) as demoted:
        users.set_role(deputy, by_name["xem"], "leader")
    assert "role of account 'phochutich' was changed" in demoted.value.render()
    assert {u.username: u.role for u in users.list_users(leader)}["xem"] == "viewer"
    assert [r.values["name"] for r in records.list_records(leader, "unit")] == ["Địa chính"]
    again = AppContext(db, users.authenticate(db, "phochutich", "Pho-chu-tich-2026"))  # logged in again: its new role
    records.create(again, "unit", {"name": "Tư pháp"})



def test_a_disabled_account_renews_no_recovery_code_and_resets_no_password(db):
    """QA 43 F1: a disabled account's open session renewed its recovery code (a write in a reading unit of work,
    so the account was not looked at), and the code then set a new password on the disabled account."""
    users.create_first_user(db, username="lanhdao", password="Lanh-dao-2026")
    leader = AppContext(db, users.authenticate(db, "lanhdao", "Lanh-dao-2026"))
    users.create_user(leader, username="thuky", password="Thu-ky-2026", role="secretary")
    clerk = AppContext(db, users.authenticate(db, "thuky", "Thu-ky-2026"))
    code = users.new_recovery_code(clerk)  # while active: her own
    users.set_active(leader, next(u.id for u in users.list_users(leader) if u.username == "thuky"), False)
    with pytest.raises(PermissionDenied):
        users.new_recovery_code(clerk)
    with pytest.raises(AuthenticationFailed):
        users.reset_with_recovery_code(db, username="thuky", recovery_code=code, new_password="Moi-mat-khau-2026")
    with db.session() as s:
        assert users.verify_password("Thu-ky-2026", s.scalar(select(orm.User.password_hash).where(
            orm.User.username == "thuky")))
