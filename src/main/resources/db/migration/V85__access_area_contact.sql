-- Contact details an area publishes on its accessibility statement and privacy notice (PR-4, PR-5).
alter table local_area add column contact_team varchar(200);
alter table local_area add column contact_email varchar(254);
alter table local_area add column contact_phone varchar(40);
alter table local_area add column contact_address varchar(500);
alter table local_area add column privacy_email varchar(254);
