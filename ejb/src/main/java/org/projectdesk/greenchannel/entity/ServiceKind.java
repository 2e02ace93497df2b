package org.projectdesk.greenchannel.entity;

/** 延时服务 after office hours on a working day, or 加班服务 on a day off. */
public enum ServiceKind {
    EXTENDED_HOURS,
    OVERTIME
}
