/** An example host: it needs the facade, and finds the policies installed beside it. */
module com.example.host {
    requires io.consortia.facade;
}
