-- Passport results, employer organisations, shares and the log of employer views.

create table family_result (
    id           bigint           not null primary key,
    candidate    varchar(200)     not null,
    family_code  varchar(40)      not null,
    theta        double precision not null,
    theta_se     double precision not null,
    scaled_score integer          not null,
    sem          double precision not null,
    band_low     integer          not null,
    band_high    integer          not null,
    provenance   varchar(20)      not null,
    measured_at  timestamp        not null,
    expires_at   timestamp        not null,
    source       varchar(500)     not null,
    version      bigint           not null,
    constraint family_result_on_scale check (scaled_score between 300 and 850),
    constraint family_result_band check (band_low <= scaled_score and scaled_score <= band_high)
);
create index family_result_candidate on family_result (candidate, family_code, measured_at);

create table employer_organisation (
    id          bigint        not null primary key,
    slug        varchar(80)   not null unique,
    name        varchar(200)  not null,
    description varchar(2000) not null,
    version     bigint        not null
);

create table passport_share (
    id           bigint       not null primary key,
    candidate    varchar(200) not null,
    organisation varchar(80)  not null,
    shared_at    timestamp    not null,
    expires_at   timestamp,
    revoked_at   timestamp,
    version      bigint       not null
);
create index passport_share_organisation on passport_share (organisation, revoked_at, expires_at);
create index passport_share_candidate on passport_share (candidate);

create table passport_viewing (
    id           bigint       not null primary key,
    candidate    varchar(200) not null,
    organisation varchar(80)  not null,
    viewer       varchar(200) not null,
    viewed_at    timestamp    not null,
    context      varchar(200) not null
);
create index passport_viewing_candidate on passport_viewing (candidate, viewed_at);
