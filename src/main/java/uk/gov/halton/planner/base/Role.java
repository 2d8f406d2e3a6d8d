package uk.gov.halton.planner.base;

import java.util.List;

/** The roles of the application, as in the security annotations (without the ROLE_ prefix). */
public enum Role {
    ADMIN(
            "Administrator",
            List.of(
                    "Manage users and their roles",
                    "Read the audit log and the mail outbox",
                    "Edit the register's structure and all planning records")),
    PLANNER(
            "Emergency planner",
            List.of(
                    "Keep the COMAH site register and its map",
                    "Keep off-site plans and their review and test cycle",
                    "Create, schedule and record exercises, debriefs, lessons and actions")),
    MANAGER(
            "Manager",
            List.of(
                    "Receive alerts when tests, reviews, exercises and actions fall due",
                    "Approve the annual exercise programme",
                    "Read every plan, exercise and indicator")),
    OFFICER(
            "Register officer",
            List.of(
                    "Enter indicator figures each quarter",
                    "Record milestone progress with a commentary",
                    "Read plans and exercises")),
    PARTNER(
            "Partnership member",
            List.of(
                    "Browse plan status, the exercise programme and indicators",
                    "Read the quarterly reports",
                    "Read only: no changes"));

    public static final String ADMIN_NAME = "ADMIN";
    public static final String PLANNER_NAME = "PLANNER";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String OFFICER_NAME = "OFFICER";
    public static final String PARTNER_NAME = "PARTNER";

    private final String title;
    private final List<String> abilities;

    Role(String title, List<String> abilities) {
        this.title = title;
        this.abilities = abilities;
    }

    public String title() {
        return title;
    }

    public List<String> abilities() {
        return abilities;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
